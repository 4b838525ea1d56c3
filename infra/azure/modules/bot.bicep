// The Azure Bot: its Microsoft App ID is the managed identity (UserAssignedMSI, no secret), its messaging endpoint
// the container app, and the Microsoft Teams channel is on.
param name string
param tags object

@allowed([
  'F0'
  'S1'
])
param sku string
param identityId string
param identityClientId string
param messagingEndpoint string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: 'BotCompanion'
    endpoint: messagingEndpoint
    msaAppId: identityClientId
    msaAppType: 'UserAssignedMSI'
    msaAppMSIResourceId: identityId
    msaAppTenantId: tenant().tenantId
    disableLocalAuth: true
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      acceptedTerms: true
    }
  }
}

output name string = bot.name
