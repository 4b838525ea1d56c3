// The registry azd pushes the bot's image to; the app pulls it with its managed identity (AcrPull), no admin user.
param name string
param location string
param tags object
param pullerPrincipalId string

var acrPull = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '7f951dce-4e51-4c02-aa69-1c9d3dd6b4b3')

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: 'Basic'
  }
  properties: {
    adminUserEnabled: false
  }
}

resource puller 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: registry
  name: guid(registry.id, pullerPrincipalId, acrPull)
  properties: {
    roleDefinitionId: acrPull
    principalId: pullerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output loginServer string = registry.properties.loginServer
