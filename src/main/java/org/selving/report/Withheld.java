package org.selving.report;

/** Why a figure is not shown. */
public enum Withheld {
    /** Fewer than k people answered in this group. */
    FEWER_THAN_K,
    /** Enough people answered here, but showing it would let a smaller group's figures be worked out by subtraction. */
    PROTECTS_SMALLER_GROUP
}
