// The Container Apps environment and the bot's app: HTTPS ingress (443 at the edge) to the container's 8080,
// liveness on /healthz and readiness on /readyz, secrets read from Key Vault by the managed identity, every other
// setting an environment variable (the container is configured by its environment alone).
// Module outputs are read only after the module that made them is complete, so the identity's roles on Key Vault,
// the registry and Azure OpenAI exist before this app first starts.
param environmentName string
param appName string
param location string
param tags object

@description('Image to run; empty = a placeholder (port 80, no probes) until azd deploys the bot.')
param image string
param identityId string
param identityClientId string
param logAnalyticsName string
param registryServer string
param redisSecretUri string
param appInsightsSecretUri string
param openAiEndpoint string
param openAiDeployment string
param keyPrefix string

@minValue(1)
@description('At least one replica: the check-in scheduler runs inside the app.')
param minReplicas int = 1
param maxReplicas int = 3

var placeholder = empty(image)
var port = placeholder ? 80 : 8080
var probes = placeholder ? [] : [
  {
    type: 'Startup'
    httpGet: {
      path: '/healthz'
      port: port
    }
    periodSeconds: 3
    failureThreshold: 20
  }
  {
    type: 'Liveness'
    httpGet: {
      path: '/healthz'
      port: port
    }
    periodSeconds: 15
    failureThreshold: 3
  }
  {
    type: 'Readiness'
    httpGet: {
      path: '/readyz'
      port: port
    }
    periodSeconds: 10
    failureThreshold: 3
  }
]

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' existing = {
  name: logAnalyticsName
}

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: environmentName
  location: location
  tags: tags
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logs.properties.customerId
        sharedKey: logs.listKeys().primarySharedKey
      }
    }
  }
}

var fqdn = '${appName}.${environment.properties.defaultDomain}'

resource app 'Microsoft.App/containerApps@2024-03-01' = {
  name: appName
  location: location
  tags: union(tags, {
    'azd-service-name': 'bot'
  })
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    managedEnvironmentId: environment.id
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: port
        transport: 'http'
        allowInsecure: false
      }
      registries: [
        {
          server: registryServer
          identity: identityId
        }
      ]
      secrets: [
        {
          name: 'redis-connection-string'
          keyVaultUrl: redisSecretUri
          identity: identityId
        }
        {
          name: 'applicationinsights-connection-string'
          keyVaultUrl: appInsightsSecretUri
          identity: identityId
        }
      ]
    }
    template: {
      containers: [
        {
          name: 'bot'
          image: placeholder ? 'mcr.microsoft.com/k8se/quickstart:latest' : image
          resources: {
            cpu: json('0.5')
            memory: '1Gi'
          }
          probes: probes
          env: [
            { name: 'Storage__Redis__Configuration', secretRef: 'redis-connection-string' }
            { name: 'Storage__KeyPrefix', value: keyPrefix }
            { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', secretRef: 'applicationinsights-connection-string' }
            { name: 'OTEL_SERVICE_NAME', value: 'botcompanion' }
            { name: 'AZURE_CLIENT_ID', value: identityClientId }
            { name: 'Channels__Teams__AppId', value: identityClientId }
            { name: 'Channels__Teams__AppType', value: 'UserAssignedMSI' }
            { name: 'Channels__Teams__TenantId', value: tenant().tenantId }
            { name: 'Ai__Provider', value: 'AzureOpenAI' }
            { name: 'Ai__Endpoint', value: openAiEndpoint }
            { name: 'Ai__Deployment', value: openAiDeployment }
            { name: 'Ai__UseManagedIdentity', value: 'true' }
            { name: 'Ai__ManagedIdentityClientId', value: identityClientId }
            { name: 'Portal__BaseUrl', value: 'https://${fqdn}/' }
            // Only the environment's ingress reaches the container; its proxies sit on private addresses.
            { name: 'ForwardedHeaders__KnownNetworks__0', value: '10.0.0.0/8' }
            { name: 'ForwardedHeaders__KnownNetworks__1', value: '100.64.0.0/10' }
            { name: 'ForwardedHeaders__KnownNetworks__2', value: '172.16.0.0/12' }
            { name: 'ForwardedHeaders__KnownNetworks__3', value: '192.168.0.0/16' }
          ]
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
      }
    }
  }
}

output name string = app.name
output fqdn string = app.properties.configuration.ingress.fqdn
