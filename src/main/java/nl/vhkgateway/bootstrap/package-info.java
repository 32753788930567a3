/**
 * Builds and starts everything, and nothing else lives here: the CDI producers (configuration, registers,
 * screening, sender verification, consent and audit), every JDBC repository built once ({@code Repositories}),
 * the registry of all worker loops with the one {@code WorkerGate} they ask ({@code WorkerLoops}), the assemblies of the mail flows ({@code MailflowAssembly},
 * {@code ScreeningIntakeAssembly}, {@code HandoverAssembly}), the runtimes that run their loops on managed threads
 * ({@code IntakeRuntime}, {@code HandoverRuntime}, {@code AgendaRuntime}; each loop a {@code WorkerLoop}), start-up ({@code GatewayStartup}: configuration, Flyway, register
 * seed, loops) and the health checks. May import every layer; no other layer imports it except the REST resources
 * that need a runtime.
 */
package nl.vhkgateway.bootstrap;
