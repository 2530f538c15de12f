package eu.consulate.domain.model.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The committee's vote on one request while it is open: who voted what, who is recused.
 *
 * <p>Counting rules (docs/workflows.md): every vote cast (approve, reject, abstain) counts
 * towards the quorum. With a simple majority, more approvals than rejections approve and more
 * rejections than approvals reject; with two thirds, approvals must be at least two thirds of
 * the approvals and rejections. A tie (or only abstentions) is no majority: the chair's closing
 * decision settles it and must give a reason. Without quorum the vote cannot be closed.
 */
public final class Vote {

    public enum Choice {
        APPROVE, REJECT, ABSTAIN;

        public static Optional<Choice> of(String text) {
            if (text == null) {
                return Optional.empty();
            }
            for (Choice c : values()) {
                if (c.name().equalsIgnoreCase(text.strip())) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }

    public enum Majority { SIMPLE, TWO_THIRDS }

    /** What the votes say: approved, rejected, or no majority (the chair settles it). */
    public enum Outcome { APPROVED, REJECTED, NO_MAJORITY }

    public record Tally(int approvals, int rejections, int abstentions, int recusals) {

        public int cast() {
            return approvals + rejections + abstentions;
        }

        public Outcome outcome(Majority majority) {
            int decisive = approvals + rejections;
            if (decisive == 0) {
                return Outcome.NO_MAJORITY;
            }
            if (majority == Majority.TWO_THIRDS) {
                return 3 * approvals >= 2 * decisive ? Outcome.APPROVED : Outcome.REJECTED;
            }
            if (approvals == rejections) {
                return Outcome.NO_MAJORITY;
            }
            return approvals > rejections ? Outcome.APPROVED : Outcome.REJECTED;
        }
    }

    private final Map<String, Choice> votes = new LinkedHashMap<>();
    private final Map<String, String> comments = new LinkedHashMap<>();
    private final java.util.Set<String> recused = new java.util.LinkedHashSet<>();

    void cast(String subject, Choice choice, String comment) {
        votes.put(subject, choice);
        comments.put(subject, comment);
    }

    void recuse(String subject) {
        recused.add(subject);
    }

    public boolean hasVoted(String subject) {
        return votes.containsKey(subject);
    }

    public boolean isRecused(String subject) {
        return recused.contains(subject);
    }

    public Tally tally() {
        int approve = 0;
        int reject = 0;
        int abstain = 0;
        for (Choice choice : votes.values()) {
            switch (choice) {
                case APPROVE -> approve++;
                case REJECT -> reject++;
                case ABSTAIN -> abstain++;
            }
        }
        return new Tally(approve, reject, abstain, recused.size());
    }

    /** Who voted what, in voting order (committee-private). */
    public Map<String, Choice> votes() {
        return Map.copyOf(votes);
    }

    public Map<String, String> comments() {
        return Map.copyOf(comments);
    }

    public Set<String> recused() {
        return Set.copyOf(recused);
    }
}
