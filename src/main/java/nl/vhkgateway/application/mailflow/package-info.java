/**
 * The generic, crash-safe store-route-dispatch-release pipeline of one watched mailbox, used by the card
 * intake and by the handover mailbox (each on its own channel): {@code StoreSubmission}, {@code RouteSubmission}
 * (through a pluggable {@link nl.vhkgateway.application.mailflow.RoutingPolicy}), {@code DispatchOutbox},
 * {@code RecordDelivery}, {@code ReleaseOriginal}, run by {@link nl.vhkgateway.application.mailflow.MailflowPipeline};
 * the ports to the mailbox ({@code WatchedMailbox}, {@code MailboxSession}) and the SMTP sender ({@code MailSender});
 * and the beheerder's view ({@code SubmissionAdministration}). Knows nothing about cards.
 */
package nl.vhkgateway.application.mailflow;
