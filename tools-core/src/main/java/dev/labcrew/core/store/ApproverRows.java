package dev.labcrew.core.store;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@link Approvers} in the {@code approvers} table of the store's database. */
final class ApproverRows implements Approvers {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;
    private final Clock clock;

    ApproverRows(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public String add(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw LabcrewException.badInput("An approver's name is a plain word (letters, digits, '.', '_', '-'; up to 63)",
                "for example: labcrew approvers add alice");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        db.transaction("add the approver", c -> {
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM approvers WHERE name = ?")) {
                exists.setString(1, name);
                if (exists.executeQuery().next()) {
                    throw new LabcrewException(ErrorKind.CONFLICT, "An approver named " + name + " exists already",
                        "remove it first with 'labcrew approvers remove " + name + "' to give them a new secret");
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO approvers (name, secret_hash, created_at) VALUES (?, ?, ?)")) {
                insert.setString(1, name);
                insert.setString(2, hash(secret));
                insert.setString(3, StoreTimes.text(clock.instant()));
                return insert.executeUpdate();
            }
        });
        return secret;
    }

    @Override
    public List<Approver> list() {
        return db.read("read the approvers", c -> {
            List<Approver> all = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT name, created_at FROM approvers ORDER BY name");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    all.add(new Approver(rows.getString(1), StoreTimes.parseOrNull(rows.getString(2))));
                }
            }
            return all;
        });
    }

    @Override
    public boolean remove(String name) {
        return db.transaction("remove the approver", c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM approvers WHERE name = ?")) {
                delete.setString(1, name);
                return delete.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Optional<String> authenticate(String name, String secret) {
        if (name == null || secret == null) {
            return Optional.empty();
        }
        String stored = db.read("read the approvers", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT secret_hash FROM approvers WHERE name = ?")) {
                select.setString(1, name);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            }
        });
        // Hash even for an unknown name, so the time taken does not tell which names exist.
        byte[] given = hash(secret).getBytes(StandardCharsets.US_ASCII);
        byte[] want = (stored == null ? hash("") : stored).getBytes(StandardCharsets.US_ASCII);
        return stored != null && MessageDigest.isEqual(given, want) ? Optional.of(name) : Optional.empty();
    }

    private static String hash(String secret) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
