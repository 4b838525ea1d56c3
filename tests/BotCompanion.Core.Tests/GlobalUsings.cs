global using BotCompanion.Core.Guard;
global using BotCompanion.Core.Guard.Cues;
global using BotCompanion.Core.Messages;
global using BotCompanion.Core.Prompts;
global using BotCompanion.Core.State;
global using BotCompanion.Core.Tests.Support;
global using BotCompanion.TestKit;
global using Microsoft.Extensions.DependencyInjection;
