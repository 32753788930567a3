/**
 * Use cases of the gateway and the ports they need (interfaces the infrastructure implements). Depends on
 * {@code domain} only; never on infrastructure, interfaces or bootstrap (checked by {@code ArchitectureTest}).
 * {@link nl.vhkgateway.application.UnitOfWork} is the transaction port shared by the use cases.
 */
package nl.vhkgateway.application;
