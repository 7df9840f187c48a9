package io.camelmessaging.component;

/**
 * How the component authenticates to Azure Communication Services.
 */
public enum AzureCredentialType {
    /** HMAC signing with the endpoint and access key of option {@code connectionString}. */
    CONNECTION_STRING,
    /** HMAC signing with options {@code endpoint} and {@code azureAccessKey}. */
    ACCESS_KEY,
    /** Bearer tokens from the {@code tokenCredential} bean (Microsoft Entra ID). */
    TOKEN_CREDENTIAL,
    /** Bearer tokens from azure-identity's DefaultAzureCredential (azure-identity must be on the classpath). */
    AZURE_IDENTITY
}
