global using System.Text.Json;
global using BotCompanion.Channels.Teams;
global using BotCompanion.Channels.Turns;
global using Microsoft.Extensions.Options;
