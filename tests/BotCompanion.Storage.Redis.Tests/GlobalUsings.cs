global using BotCompanion.Core.Messages;
global using BotCompanion.Core.Nudges;
global using BotCompanion.Core.State;
global using BotCompanion.TestKit;
global using Microsoft.Extensions.DependencyInjection;
global using Microsoft.Extensions.Logging.Abstractions;
global using Microsoft.Extensions.Options;
