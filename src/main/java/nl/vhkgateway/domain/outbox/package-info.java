/**
 * The transactional outbox: outgoing messages stored in the same transaction as the decision that produced them,
 * sent by a dispatcher with at-least-once semantics and a deterministic Message-ID per message.
 */
package nl.vhkgateway.domain.outbox;
