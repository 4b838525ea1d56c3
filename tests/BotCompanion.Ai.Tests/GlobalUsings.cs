global using System.Text;
global using System.Text.Json;
global using BotCompanion.Ai.Tests.Support;
global using BotCompanion.TestKit;
global using Microsoft.Extensions.DependencyInjection;
global using Microsoft.Extensions.Options;
