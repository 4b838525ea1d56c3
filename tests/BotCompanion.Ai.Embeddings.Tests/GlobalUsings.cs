global using BotCompanion.Core.Guard;
global using BotCompanion.TestKit;
