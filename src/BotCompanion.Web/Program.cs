using BotCompanion.Ai;
using BotCompanion.Channels;
using BotCompanion.Core;
using BotCompanion.Core.Guard.Ngrams;
using BotCompanion.Core.Settings;
using BotCompanion.Storage.Redis;
using BotCompanion.Web;
using BotCompanion.Web.Health;
using BotCompanion.Web.Operations;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddEnvironmentVariables(prefix: "BOTCOMPANION_");
SettingsGate.ExitOnRejectedSettings(Console.Error);
SettingsGate.ThrowIfAny(SettingsCheck.FindProblems(builder.Configuration, HostSettings.Sections));

builder.Services.AddBotCompanionCore();
builder.Services.AddBotCompanionGuardModel();
builder.Services.AddBotCompanionModels(builder.Configuration);
builder.Services.AddBotCompanionStorage(builder.Configuration);
builder.Services.AddBotCompanionChannels();
builder.Services.AddBotCompanionWeb();
builder.Services.AddBotCompanionPortal(builder.Environment);
builder.AddBotCompanionOperations();

var app = builder.Build();
SettingsGate.ThrowIfAny(SettingsGate.OptionsProblems(app.Services));

app.UseBotCompanionOperations();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseBotCompanionPortal();
app.MapBotCompanionHealth();
app.MapBotCompanionChannels();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
