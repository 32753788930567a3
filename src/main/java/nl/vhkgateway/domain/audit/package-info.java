/**
 * The audit log: events chained by SHA-256 so that a changed or removed entry is detected
 * ({@code AuditChain}, {@code ChainVerifier}), and the values that may go into it ({@code SafeValues}).
 */
package nl.vhkgateway.domain.audit;
