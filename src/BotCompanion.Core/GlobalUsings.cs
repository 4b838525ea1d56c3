// Core's own folders stay explicit usings: they are the dependency graph the architecture tests read.
global using System.Globalization;
global using System.Text.Json;
global using System.Text.RegularExpressions;
global using Microsoft.Extensions.Logging;
global using Microsoft.Extensions.Options;

namespace BotCompanion.Core;
