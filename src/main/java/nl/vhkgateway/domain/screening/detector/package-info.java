/**
 * The personal-data detectors, one class per category (BSN with elfproef, IBAN, addresses, postcodes, dates
 * of birth, person names, phone numbers, e-mail addresses, ...), with their word lists read from data files.
 */
package nl.vhkgateway.domain.screening.detector;
