// The bot's user-assigned managed identity: its Microsoft App ID in the Azure Bot, and how it reaches Key Vault,
// Azure OpenAI and the registry, without a secret anywhere.
param name string
param location string
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
