using BotCompanion.Ai;
using BotCompanion.Channels;
using BotCompanion.Core;
using BotCompanion.Core.Guard.Ngrams;
using BotCompanion.Storage.Redis;
using BotCompanion.Web;
using BotCompanion.Web.Health;
using BotCompanion.Web.Operations;
using BotCompanion.Web.Portal;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddEnvironmentVariables(prefix: "BOTCOMPANION_");

builder.Services.AddBotCompanionCore();
builder.Services.AddBotCompanionGuardModel();
builder.Services.AddBotCompanionModels(builder.Configuration);
builder.Services.AddBotCompanionStorage(builder.Configuration);
builder.Services.AddBotCompanionChannels();
builder.Services.AddBotCompanionWeb();
builder.Services.AddBotCompanionPortal(builder.Environment);
builder.AddBotCompanionOperations();

var app = builder.Build();

app.UseBotCompanionOperations();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseBotCompanionPortal();
app.MapBotCompanionHealth();
app.MapBotCompanionChannels();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
