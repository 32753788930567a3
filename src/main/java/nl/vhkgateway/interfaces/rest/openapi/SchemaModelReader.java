package nl.vhkgateway.interfaces.rest.openapi;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The typed schemas of the OpenAPI description ({@code components.schemas}), built from the {@code *Doc} classes of
 * this package: each public field becomes a property (String: string, int/long: integer, boolean: boolean,
 * {@code List<X>}: array of X, {@code Map<String, String>}: object of strings, another {@code *Doc}: a
 * {@code $ref}), with the Dutch description and example of its {@link SchemaDoc}. The resources refer to them with
 * {@code @Schema(ref = "Submission")}. Registered with {@code mp.openapi.model.reader}.
 */
public class SchemaModelReader implements OASModelReader {

    /** Every schema class; a class that is missing here makes its {@code $ref}s dangle (OpenApiDocumentIT). */
    static final List<Class<?>> SCHEMAS = List.of(ProblemDoc.class, ViolationDoc.class, SessionDoc.class,
            HealthSummaryDoc.class, LoopStateDoc.class, ClusterStatusDoc.class, ClusterInstanceDoc.class, ProcessingErrorDoc.class, SubmissionDoc.class, SubmissionDetailDoc.class,
            SubmissionPageDoc.class, StateChangeDoc.class, OutgoingMessageDoc.class, QuarantineItemDoc.class,
            QuarantinePageDoc.class, AuditEntryDoc.class, AuditPageDoc.class, AuditVerificationDoc.class,
            ChainBreakDoc.class, CertificateDoc.class, OrganisationDoc.class, OrganisationInputDoc.class,
            OrganisationRefDoc.class, OrganisationPageDoc.class, ParticipantDoc.class, ParticipantInputDoc.class,
            ParticipantPageDoc.class, PasswordInputDoc.class, ConsenterDoc.class, PartyDoc.class, WithdrawalDoc.class,
            ConsentDoc.class, ConsentInputDoc.class, ConsentPageDoc.class, WithdrawalInputDoc.class, DirectionDoc.class,
            DirectionPageDoc.class, FindingDoc.class, ScreeningResultDoc.class, PlannedCaseDoc.class,
            PlannedCasePageDoc.class, TermDoc.class, TermListDoc.class, TermDoneDoc.class, CalendarFeedDoc.class,
            CalendarFeedCreatedDoc.class, CalendarFeedPageDoc.class, MoveInputDoc.class,
            DeclineInputDoc.class, ExpertInputDoc.class, OutcomeInputDoc.class, SenderAuthenticationDoc.class,
            SenderAuthenticationInputDoc.class);

    @Override
    public OpenAPI buildModel() {
        var components = OASFactory.createComponents();
        for (Class<?> type : SCHEMAS) {
            components.addSchema(name(type), schemaOf(type));
        }
        return OASFactory.createOpenAPI().components(components);
    }

    static String name(Class<?> type) {
        SchemaDoc doc = type.getAnnotation(SchemaDoc.class);
        if (doc == null || doc.name().isBlank()) {
            throw new IllegalStateException(type + " has no @SchemaDoc(name)");
        }
        return doc.name();
    }

    private static Schema schemaOf(Class<?> type) {
        Schema schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description(type.getAnnotation(SchemaDoc.class).description());
        for (Field field : fields(type)) {
            if (!Modifier.isPublic(field.getModifiers()) || Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            Schema property = property(field.getGenericType());
            SchemaDoc doc = field.getAnnotation(SchemaDoc.class);
            if (doc != null) {
                if (property.getRef() != null) {
                    // a $ref takes no siblings in OpenAPI 3.0: wrap it to keep the description
                    property = OASFactory.createSchema().addAllOf(property);
                }
                property.description(doc.description());
                if (!doc.example().isBlank()) {
                    property.example(example(field.getType(), doc.example()));
                }
            }
            schema.addProperty(doc != null && !doc.name().isBlank() ? doc.name() : field.getName(), property);
        }
        return schema;
    }

    /** The fields of a schema class, those of its superclasses first ("SubmissionDetail" extends "Submission"). */
    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        if (type.getSuperclass() != null && type.getSuperclass() != Object.class) {
            fields.addAll(fields(type.getSuperclass()));
        }
        fields.addAll(Arrays.asList(type.getDeclaredFields()));
        return fields;
    }

    private static Schema property(Type type) {
        if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                    .items(property(generic.getActualTypeArguments()[0]));
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() == Map.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                    .additionalPropertiesSchema(property(generic.getActualTypeArguments()[1]));
        }
        if (type == String.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING);
        }
        if (type == int.class || type == Integer.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32");
        }
        if (type == long.class || type == Long.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int64");
        }
        if (type == boolean.class || type == Boolean.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN);
        }
        if (type instanceof Class<?> doc && doc.isAnnotationPresent(SchemaDoc.class)) {
            return OASFactory.createSchema().ref(name(doc));
        }
        throw new IllegalStateException("no schema for " + type);
    }

    private static Object example(Class<?> type, String text) {
        if (type == int.class || type == Integer.class) {
            return Integer.valueOf(text);
        }
        if (type == long.class || type == Long.class) {
            return Long.valueOf(text);
        }
        if (type == boolean.class || type == Boolean.class) {
            return Boolean.valueOf(text);
        }
        return text;
    }
}
