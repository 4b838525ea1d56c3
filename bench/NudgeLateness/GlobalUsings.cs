global using BotCompanion.Core.Messages;
global using BotCompanion.Core.Nudges;
global using BotCompanion.Core.State;
global using Microsoft.Extensions.DependencyInjection;
