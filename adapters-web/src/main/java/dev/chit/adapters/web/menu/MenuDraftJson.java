package dev.chit.adapters.web.menu;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.chit.adapters.web.support.Violations;
import dev.chit.application.menu.MenuDraft;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * A menu as a manager sends it: the shape {@code GET .../menu} answers with, so a menu can be
 * read, edited and put back. The {@code restaurant} and {@code payments} parts of that answer are
 * accepted and ignored; ids are left out for new rows. Amounts are minor units of the restaurant's
 * currency.
 */
@JsonIgnoreProperties({"restaurant", "payments"})
record MenuDraftJson(List<CategoryJson> categories) {

    record CategoryJson(String name, List<ItemJson> items) {
    }

    /**
     * {@code available} is true and {@code description} empty when left out; no {@code taxCode}, the
     * standard rate. {@code photoUrl}, {@code stock} and {@code availableAgainAt}, as the menu shows
     * them, are ignored: photos, portions and timed sell-outs change through their own routes, never
     * by a menu put.
     */
    @JsonIgnoreProperties({"photoUrl", "stock", "availableAgainAt"})
    record ItemJson(UUID id, String name, String description, Long price, Boolean available,
                    List<GroupJson> modifierGroups, String taxCode) {
    }

    record GroupJson(UUID id, String name, Integer minSelect, Integer maxSelect, List<OptionJson> options) {
    }

    record OptionJson(UUID id, String name, Long priceDelta) {
    }

    /** The draft; missing fields go to {@code violations}, which the caller throws. */
    MenuDraft toDraft(Violations violations) {
        List<MenuDraft.Category> drafted = each(violations.required(categories, "categories").orElse(List.of()),
                "categories", violations, (category, at) -> new MenuDraft.Category(category.name(),
                        each(violations.required(category.items(), at + ".items").orElse(List.of()), at + ".items",
                                violations, (item, itemAt) -> item(item, itemAt, violations))));
        return new MenuDraft(drafted);
    }

    private static MenuDraft.Item item(ItemJson item, String at, Violations violations) {
        long price = violations.required(item.price(), at + ".price").orElse(0L);
        List<MenuDraft.Group> groups = each(Optional.ofNullable(item.modifierGroups()).orElse(List.of()),
                at + ".modifierGroups", violations, (group, groupAt) -> group(group, groupAt, violations));
        return new MenuDraft.Item(Optional.ofNullable(item.id()), item.name(),
                Optional.ofNullable(item.description()).orElse(""), price,
                Optional.ofNullable(item.available()).orElse(true), groups, Optional.ofNullable(item.taxCode()));
    }

    private static MenuDraft.Group group(GroupJson group, String at, Violations violations) {
        int minSelect = violations.required(group.minSelect(), at + ".minSelect").orElse(0);
        int maxSelect = violations.required(group.maxSelect(), at + ".maxSelect").orElse(1);
        List<MenuDraft.Option> options = each(violations.required(group.options(), at + ".options").orElse(List.of()),
                at + ".options", violations, (option, optionAt) -> new MenuDraft.Option(Optional.ofNullable(option.id()),
                        option.name(), violations.required(option.priceDelta(), optionAt + ".priceDelta").orElse(0L)));
        return new MenuDraft.Group(Optional.ofNullable(group.id()), group.name(), minSelect, maxSelect, options);
    }

    /** Maps each element, naming it {@code at[index]}; a {@code null} element is reported and skipped. */
    private static <J, D> List<D> each(List<J> elements, String at, Violations violations,
                                       BiFunction<J, String, D> map) {
        List<D> mapped = new ArrayList<>();
        for (int index = 0; index < elements.size(); index++) {
            String elementAt = at + "[" + index + "]";
            violations.required(elements.get(index), elementAt).ifPresent(element -> mapped.add(map.apply(element, elementAt)));
        }
        return mapped;
    }
}
