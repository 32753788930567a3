/**
 * Screening findings and verdicts: a {@code Detector} per kind of personal data, categories, masking, and the
 * report.
 */
package nl.vhkgateway.domain.screening;
