package dev.switchboard.domain.port;

import dev.switchboard.domain.model.CompanyProfile;
import java.util.Optional;

/**
 * Where firmographics for enrichment come from. Switchboard's own adapter reads the admin's account
 * data; an outside enrichment service can be plugged in by implementing this port.
 */
public interface CompanyProfiles {

    /**
     * The profile of the company an email domain (or one of its parent domains) belongs to, in at most
     * one read; empty when nothing is known. Must answer quickly: it is asked on every routing decision
     * of a lead with blank firmographics.
     */
    Optional<CompanyProfile> forEmailDomain(String domain);
}
