/**
 * The JSON of the Azure Communication Services send APIs as records, serialized with Jackson: what
 * {@code pojoRequest=true} takes for provider azure ({@link io.camelmessaging.component.provider.azure.model.AcsSmsRequest}
 * for {@code sendTextMessage}, {@link io.camelmessaging.component.provider.azure.model.AcsMmsRequest} for
 * {@code sendMediaMessage}) and the {@link io.camelmessaging.component.provider.azure.model.AcsSendResponse} it
 * answers with. Unset members are left out of the JSON. These types are ours, not the Azure SDK's, so that an SDK
 * release cannot change them.
 */
package io.camelmessaging.component.provider.azure.model;
