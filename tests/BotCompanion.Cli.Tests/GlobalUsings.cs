global using System.Text.Json;
global using BotCompanion.Cli.Commands;
global using BotCompanion.TestKit;
