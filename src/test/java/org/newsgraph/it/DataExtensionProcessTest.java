package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsgraph --data-dir DIR}: a user's data files extend the bundled ones without rebuilding. Run as processes,
 * as a user runs them (the folder is chosen once per process). A frame rule, a gazetteer entry and a number word
 * added in the folder change what is extracted; a bad line in them is reported at the user's file, line and column
 * (exit 1); a file that extends nothing is a usage error (exit 2).
 */
class DataExtensionProcessTest {
  @TempDir
  Path dir;
  private Path article;
  private Path data;

  @BeforeEach
  void setUp() throws IOException {
    article = dir.resolve("funnel.txt");
    Files.writeString(article, "SEOUL, March 3 (Reuters) - North Korea funnelled artillery shells to Russia through Nordport last"
        + " spring, South Korea's spy agency said on Tuesday.\n");
    data = dir.resolve("data");
    Files.createDirectories(data.resolve("extract"));
    Files.createDirectories(data.resolve("gazetteer"));
  }

  @Test
  void aUsersFrameAndPlaceAreRead() throws Exception {
    MainProcess.Result without = run("facts", article.toString());
    assertEquals(0, without.code(), without.output());
    assertFalse(without.output().contains("supplies\tRussia"), without.output()); // no bundled rule knows "funnel"
    assertFalse(without.output().contains("Nordport\tPort"), without.output());

    Files.writeString(data.resolve("extract/frames.tsv"), "# mine\n"
        + "user.funnel\tfunnel\tV\tTransfer\tagent=subject:Country; recipient=to:Country; item=items:WeaponType\t"
        + "supplies(agent,recipient); suppliesWeaponType(agent,item)\t0.7\n");
    Files.writeString(data.resolve("gazetteer/places.tsv"),
        "nordport\tPort\tNordport\t\t\t\t\t\tport\tlocatedIn=north-korea\n");
    MainProcess.Result with = run("--data-dir", data.toString(), "facts", article.toString());
    assertEquals(0, with.code(), with.output());
    assertTrue(with.output().contains("North Korea\tsupplies\tRussia"), with.output());
    assertTrue(with.output().contains("North Korea\tsuppliesWeaponType\tartillery shell"), with.output());
    assertTrue(with.output().contains("E\tNordport\tNordport\tPort"), with.output());
  }

  @Test
  void aUsersNumberWordIsRead() throws Exception {
    Path shells = dir.resolve("shells.txt");
    Files.writeString(shells, "Shells\n\nSEOUL, May 2 (AP) -- North Korea sent eleventy shells to Russia, the NIS said.\n");
    Files.createDirectories(data.resolve("normalize"));
    Files.writeString(data.resolve("normalize/numbers.tsv"), "eleventy\t110\n");
    assertFalse(run("facts", shells.toString()).output().contains("\t110\t"));
    MainProcess.Result with = run("--data-dir", data.toString(), "facts", shells.toString());
    assertEquals(0, with.code(), with.output());
    assertTrue(with.output().contains("Q\tartillery shell\t110\tshell"), with.output());
  }

  @Test
  void aBadLineInAUsersFileIsReportedAtItsPlace() throws Exception {
    Path frames = data.resolve("extract/frames.tsv");
    Files.writeString(frames, "# mine\n\nuser.funnel\tfunnel\tQ\tTransfer\tagent=subject:Country\tsupplies(agent,agent)\t0.7\n");
    MainProcess.Result r = run("--data-dir", data.toString(), "facts", article.toString());
    assertEquals(1, r.code(), r.output());
    assertTrue(r.output().contains(frames + ":3:20: error: pos must be V, N or *"), r.output());
    assertFalse(r.output().contains("\tat org."), r.output()); // no stack trace

    Files.delete(frames);
    Path cues = data.resolve("extract/cues.tsv");
    Files.writeString(cues, "all but certain\tSure\n");
    MainProcess.Result doctor = run("--data-dir", data.toString(), "doctor", "--port", "0");
    assertEquals(1, doctor.code(), doctor.output());
    assertTrue(doctor.output().contains(cues + ":1:17: error: unknown status 'Sure'"), doctor.output());
  }

  @Test
  void aFileThatExtendsNothingIsAUsageError() throws Exception {
    Files.writeString(data.resolve("extract/frame.tsv"), "x\n");
    MainProcess.Result r = run("--data-dir", data.toString(), "facts", article.toString());
    assertEquals(2, r.code(), r.output());
    assertTrue(r.output().contains("extract/frame.tsv extends no bundled data file"), r.output());
    MainProcess.Result missing = run("--data-dir", dir.resolve("nowhere").toString(), "facts", article.toString());
    assertEquals(2, missing.code(), missing.output());
    assertTrue(missing.output().contains("no such folder"), missing.output());
  }

  private MainProcess.Result run(String... args) throws IOException, InterruptedException {
    return MainProcess.run(dir, List.of(args));
  }
}
