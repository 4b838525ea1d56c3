global using System.CommandLine;
global using System.Globalization;
global using System.Text.Json;
global using BotCompanion.Core.Guard;
