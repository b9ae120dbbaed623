package io.github.soc2kit.core.drift;

import io.github.soc2kit.core.evidence.EvidenceRecord;

/** A check could not judge a record (unreadable date, condition that fails on it); the control is not tested. */
final class CheckException extends RuntimeException {

    private final transient EvidenceRecord record;

    CheckException(String message, EvidenceRecord record) {
        super(message, null, false, false);
        this.record = record;
    }

    EvidenceRecord record() {
        return record;
    }
}
