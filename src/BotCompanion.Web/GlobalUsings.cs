global using BotCompanion.Core.Sharing;
global using BotCompanion.Core.State;
global using BotCompanion.Web.Portal;
global using Microsoft.AspNetCore.Authentication;
global using Microsoft.AspNetCore.Authentication.Cookies;
global using Microsoft.Extensions.Options;
