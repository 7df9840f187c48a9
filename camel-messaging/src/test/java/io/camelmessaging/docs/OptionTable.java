package io.camelmessaging.docs;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.camel.tooling.model.BaseOptionModel;
import org.apache.camel.tooling.model.ComponentModel.EndpointHeaderModel;

/**
 * A table of options or headers, columns Name, Description, Default and Type, in AsciiDoc or Markdown. Each
 * description is the catalog's word for word; enum values and deprecation follow it.
 */
public enum OptionTable {

    ASCIIDOC("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n| Name | Description | Default | Type\n",
             "|===\n", "*%s*", "%s"),
    MARKDOWN("| Name | Description | Default | Type |\n| --- | --- | --- | --- |\n", "", "`%s`", "`%s`");

    private final String head;
    private final String tail;
    private final String name;
    private final String code;

    OptionTable(String head, String tail, String name, String code) {
        this.head = head;
        this.tail = tail;
        this.name = name;
        this.code = code;
    }

    /** The table of {@code options}, in their catalog order. */
    public String render(List<? extends BaseOptionModel> options) {
        StringBuilder table = new StringBuilder(head);
        for (BaseOptionModel option : options) {
            table.append("| ").append(name(option))
                    .append(" | ").append(description(option))
                    .append(" | ").append(option.getDefaultValue() == null ? "" : code(option.getDefaultValue()))
                    .append(" | ").append(code(option.getShortJavaType()))
                    .append(this == MARKDOWN ? " |\n" : "\n");
        }
        return table.append(tail).toString();
    }

    private String name(BaseOptionModel option) {
        String cell = name.formatted(option.getName()) + " (" + option.getGroup() + ")";
        if (option instanceof EndpointHeaderModel header && header.getConstantName() != null) {
            cell += " constant " + code(header.getConstantName().substring(header.getConstantName().indexOf('#') + 1));
        }
        return cell;
    }

    private String description(BaseOptionModel option) {
        StringBuilder cell = new StringBuilder(escape(option.getDescription()));
        if (option.getEnums() != null && !option.getEnums().isEmpty()) {
            cell.append(" Enum values: ")
                    .append(option.getEnums().stream().map(this::code).collect(Collectors.joining(", ")))
                    .append('.');
        }
        if (option.isDeprecated()) {
            String note = option.getDeprecationNote();
            cell.append(" Deprecated").append(note == null || note.isEmpty() ? "." : ": " + escape(note));
        }
        return cell.toString();
    }

    private String code(Object value) {
        return code.formatted(escape(String.valueOf(value)));
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
