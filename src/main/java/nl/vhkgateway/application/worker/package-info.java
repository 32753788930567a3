/**
 * The one worker loop ({@link nl.vhkgateway.application.worker.WorkerLoop}) that runs every watcher and scheduled job,
 * its state for health ({@link nl.vhkgateway.application.worker.WorkerState}) and the gate where leadership plugs in
 * ({@link nl.vhkgateway.application.worker.WorkerGate}).
 */
package nl.vhkgateway.application.worker;
