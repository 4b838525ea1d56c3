// Azure Cache for Redis (TLS only) for conversation state, check-ins, the Data Protection key ring and portal
// sessions. Its connection string is written straight into Key Vault and never leaves this module.
param name string
param location string
param tags object
param vaultName string

@description('Basic C0 is enough to start; Standard adds a replica and an SLA.')
param skuName string = 'Basic'
param capacity int = 0

resource redis 'Microsoft.Cache/redis@2024-03-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    sku: {
      name: skuName
      family: 'C'
      capacity: capacity
    }
    enableNonSslPort: false
    minimumTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
    redisConfiguration: {
      'maxmemory-policy': 'noeviction'
    }
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: vaultName
}

resource connection 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'redis-connection-string'
  properties: {
    value: '${redis.properties.hostName}:${redis.properties.sslPort},password=${redis.listKeys().primaryKey},ssl=True,abortConnect=False'
  }
}

output connectionSecretUri string = connection.properties.secretUri
