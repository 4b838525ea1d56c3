// BotCompanion on Azure Container Apps, for `azd up` (see azure.yaml at the repository root).
// One resource group with: a user-assigned managed identity (the bot's Microsoft App ID and its key to every
// service), Log Analytics + Application Insights, Key Vault (RBAC) holding the connection strings, Azure Cache for
// Redis, Azure OpenAI with a chat model deployment, a container registry, the Container Apps environment and app,
// and the Azure Bot with the Microsoft Teams channel. No secret leaves through an output.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; it prefixes the resource group and tags every resource.')
param environmentName string

@minLength(1)
@description('Azure region for every regional resource (the Azure Bot itself is global).')
param location string

@description('Container image of the bot; azd sets it on deploy. Empty = a placeholder until the first `azd deploy`.')
param botImageName string = ''

@description('Azure OpenAI model deployed for the coach.')
param openAiModelName string = 'gpt-4o-mini'

@description('Version of that model.')
param openAiModelVersion string = '2024-07-18'

@description('Deployment SKU of the model (GlobalStandard, Standard, DataZoneStandard).')
param openAiDeploymentSku string = 'GlobalStandard'

@minValue(1)
@description('Model capacity in thousands of tokens per minute.')
param openAiCapacity int = 30

@description('Azure Bot pricing tier: F0 (free, standard channels) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

var tags = {
  'azd-env-name': environmentName
}
var token = toLower(uniqueString(subscription().id, environmentName, location))
var names = {
  group: 'rg-${environmentName}'
  identity: 'id-botcompanion-${token}'
  logs: 'log-botcompanion-${token}'
  insights: 'appi-botcompanion-${token}'
  vault: 'kv-bc-${take(token, 15)}'
  redis: 'redis-botcompanion-${token}'
  openAi: 'oai-botcompanion-${token}'
  registry: 'crbotcompanion${token}'
  environment: 'cae-botcompanion-${token}'
  app: 'ca-botcompanion-${token}'
  bot: 'bot-botcompanion-${token}'
}

resource group 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: names.group
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  scope: group
  params: {
    name: names.identity
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  scope: group
  params: {
    logAnalyticsName: names.logs
    appInsightsName: names.insights
    location: location
    tags: tags
  }
}

module vault 'modules/keyvault.bicep' = {
  scope: group
  params: {
    name: names.vault
    location: location
    tags: tags
    readerPrincipalId: identity.outputs.principalId
    appInsightsName: monitoring.outputs.appInsightsName
  }
}

module redis 'modules/redis.bicep' = {
  scope: group
  params: {
    name: names.redis
    location: location
    tags: tags
    vaultName: vault.outputs.name
  }
}

module openAi 'modules/openai.bicep' = {
  scope: group
  params: {
    name: names.openAi
    location: location
    tags: tags
    modelName: openAiModelName
    modelVersion: openAiModelVersion
    deploymentSku: openAiDeploymentSku
    capacity: openAiCapacity
    userPrincipalId: identity.outputs.principalId
  }
}

module registry 'modules/registry.bicep' = {
  scope: group
  params: {
    name: names.registry
    location: location
    tags: tags
    pullerPrincipalId: identity.outputs.principalId
  }
}

module app 'modules/containerapp.bicep' = {
  scope: group
  params: {
    environmentName: names.environment
    appName: names.app
    location: location
    tags: tags
    image: botImageName
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    logAnalyticsName: monitoring.outputs.logAnalyticsName
    registryServer: registry.outputs.loginServer
    redisSecretUri: redis.outputs.connectionSecretUri
    appInsightsSecretUri: vault.outputs.appInsightsSecretUri
    openAiEndpoint: openAi.outputs.endpoint
    openAiDeployment: openAi.outputs.deploymentName
    keyPrefix: environmentName
  }
}

module bot 'modules/bot.bicep' = {
  scope: group
  params: {
    name: names.bot
    tags: tags
    sku: botSku
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    messagingEndpoint: 'https://${app.outputs.fqdn}/api/messages'
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = group.name
output AZURE_CONTAINER_REGISTRY_ENDPOINT string = registry.outputs.loginServer
output AZURE_KEY_VAULT_NAME string = vault.outputs.name
output BOT_APP_ID string = identity.outputs.clientId
output BOT_HOST string = app.outputs.fqdn
output BOT_MESSAGING_ENDPOINT string = 'https://${app.outputs.fqdn}/api/messages'
output SERVICE_BOT_NAME string = app.outputs.name
