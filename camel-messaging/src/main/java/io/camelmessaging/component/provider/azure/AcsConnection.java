package io.camelmessaging.component.provider.azure;

import com.azure.core.http.HttpPipeline;

/**
 * Where and how to reach an Azure Communication Services resource: its endpoint and an azure-core HTTP pipeline with
 * retry, authentication (HMAC or bearer token) and logging policies.
 *
 * @param endpoint the resource's endpoint, without a trailing slash
 * @param pipeline the pipeline every request goes through
 */
public record AcsConnection(String endpoint, HttpPipeline pipeline) {
}
