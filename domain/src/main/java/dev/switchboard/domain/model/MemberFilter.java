package dev.switchboard.domain.model;

/**
 * What a lead must be for one pool member to take it, e.g. from Belgium, or speaking German. The rule package's
 * conditions are the one kind: this type lets a {@link PoolMember} hold one without the model depending on rules.
 */
public interface MemberFilter {}
