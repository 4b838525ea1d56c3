global using BotCompanion.Core.Guard;
