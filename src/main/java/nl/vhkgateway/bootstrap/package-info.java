/**
 * Builds and starts everything, and nothing else lives here: the CDI producers (configuration, registers,
 * screening, sender verification, consent and audit), the assemblies of the mail flows ({@code MailflowAssembly},
 * {@code ScreeningIntakeAssembly}, {@code HandoverAssembly}), the runtimes that run their loops on managed threads
 * ({@code IntakeRuntime}, {@code HandoverRuntime}), start-up ({@code GatewayStartup}: configuration, Flyway, register
 * seed, loops) and the health checks. May import every layer; no other layer imports it except the REST resources
 * that need a runtime.
 */
package nl.vhkgateway.bootstrap;
