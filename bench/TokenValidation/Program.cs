// Added latency of inbound token validation with a warm key cache: the real validator, a Bot Framework token
// signed by a local RSA key, keys served once by a local metadata endpoint. Usage: TokenValidation [iterations]
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotCompanion.Channels;
using BotCompanion.Channels.Teams;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

var iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
const string AppId = "5a1b2c3d-0000-4000-8000-00000000a11d";
var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "bench-key" };
var rsa = key.Rsa.ExportParameters(false);
var jwks = new JsonObject
{
    ["keys"] = new JsonArray(new JsonObject
    {
        ["kty"] = "RSA", ["use"] = "sig", ["kid"] = key.KeyId, ["endorsements"] = new JsonArray("msteams"),
        ["n"] = Base64UrlEncoder.Encode(rsa.Modulus), ["e"] = Base64UrlEncoder.Encode(rsa.Exponent),
    }),
}.ToJsonString();

var builder = WebApplication.CreateSlimBuilder();
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.ClearProviders();
var metadata = builder.Build();
metadata.MapGet("/openid", (HttpContext c) => Results.Json(new { issuer = "https://api.botframework.com", jwks_uri = $"http://{c.Request.Host}/keys" }));
metadata.MapGet("/keys", () => Results.Content(jwks, "application/json"));
await metadata.StartAsync();
var address = metadata.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

var services = new ServiceCollection();
services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Channels:Teams:AppId"] = AppId,
    ["Channels:Teams:ClientSecret"] = "unused",
    ["Channels:Teams:OpenIdMetadataUrl"] = address + "/openid",
}).Build());
services.AddLogging();
services.AddSingleton(TimeProvider.System);
services.AddBotCompanionChannels();
await using var provider = services.BuildServiceProvider();
var validator = provider.GetRequiredService<IBotTokenValidator>();

var serviceUrl = "https://smba.trafficmanager.net/emea/";
var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
{
    Issuer = "https://api.botframework.com",
    Audience = AppId,
    Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
    Expires = DateTime.UtcNow.AddHours(1),
    SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
});
var activity = JsonSerializer.Deserialize<BotCompanion.Channels.Teams.Activity>($$"""{"type":"message","channelId":"msteams","serviceUrl":"{{serviceUrl}}"}""", new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

var warm = await validator.ValidateAsync(token, activity, default);
if (!warm.Allowed)
{
    Console.Error.WriteLine("The bench token was refused: " + warm.Reason);
    return 1;
}

var samples = new double[iterations];
for (var i = 0; i < iterations; i++)
{
    var start = Stopwatch.GetTimestamp();
    await validator.ValidateAsync(token, activity, default);
    samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
}

Array.Sort(samples);
double P(double q) => samples[Math.Min(samples.Length - 1, (int)Math.Ceiling(q * samples.Length) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"token validation, warm key cache, {iterations} tokens: median {P(0.5):0} µs, p90 {P(0.9):0} µs, p99 {P(0.99):0} µs"));
await metadata.StopAsync();
return 0;
