global using System.Text;
global using System.Text.Json.Nodes;
