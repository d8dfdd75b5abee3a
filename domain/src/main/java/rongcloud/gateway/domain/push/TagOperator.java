package rongcloud.gateway.domain.push;

/** How the conditions of a Push Plus tag item combine (tagsOperator, itemsOperator: "AND" | "OR"). */
public enum TagOperator {
    AND, OR
}
