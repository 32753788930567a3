/**
 * Apache POI: reading, inspecting and sanitising Word documents (.docx) within size, time and structure
 * limits.
 */
package nl.vhkgateway.infrastructure.docx;
