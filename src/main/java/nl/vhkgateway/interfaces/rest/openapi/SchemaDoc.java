package nl.vhkgateway.interfaces.rest.openapi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names and describes a schema class for {@link SchemaModelReader} (which turns the class into
 * {@code components.schemas.<name>}). Not MicroProfile's {@code @Schema}: Payara 6 turns field annotations into
 * schemas with wrong defaults ({@code maxProperties: 0}) and loses the element type of lists.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD})
public @interface SchemaDoc {

    /** The schema's name (on a class), or the property's name where it is no Java name (on a field). */
    String name() default "";

    /** In Dutch. */
    String description();

    /** An example value (on a field). */
    String example() default "";
}
