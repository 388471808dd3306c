package org.newsgraph.build;

import com.google.common.collect.ImmutableSet;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.extract.Attributor;
import org.newsgraph.extract.DataFiles;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.extract.Lexicon;
import org.newsgraph.extract.Measures;
import org.newsgraph.extract.MentionFinder;
import org.newsgraph.extract.NameFinder;
import org.newsgraph.extract.RuleSet;
import org.newsgraph.link.Linker;
import org.newsgraph.link.VerifiedIds;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.Lemmatizer;
import org.newsgraph.rdf.EntityDescriber;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.RdfMapper;

/**
 * Everything that is loaded once and shared by every article and thread: the models, the gazetteer, the rules,
 * the lexicons, and the stages built over them.
 */
public record Pipeline(ArticleReader reader, ArticleExtractor extractor, RdfMapper mapper, Linker linker, Iris iris,
    Gazetteer gazetteer, RuleSet rules) {

  /** Loads the bundled data (plus a user's gazetteer folder, if given) with IRIs under {@code base}. */
  public static Pipeline load(String base, Optional<Path> extraGazetteer) {
    CompletableFuture<Annotator.Models> models = Annotator.loadModels(); // in the background while the rest is read
    Iris iris = Iris.of(base);
    Gazetteer gazetteer = Gazetteer.load(extraGazetteer);
    RuleSet rules = RuleSet.load();
    Attributor attributor = Attributor.load();
    java.util.Set<String> lemmas = new java.util.TreeSet<>(rules.lemmas());
    lemmas.addAll(attributor.lemmas());
    lemmas.add("appear");
    Lemmatizer lemmatizer = Lemmatizer.of(lemmas, Lexicon.load("/org/newsgraph/nlp/irregular-forms.tsv", true));
    ImmutableSet.Builder<String> abbreviations = ImmutableSet.builder();
    DataFiles.resource("/org/newsgraph/nlp/abbreviations.txt").forEach(l -> abbreviations.add(l.text().strip()));
    Annotator annotator = Annotator.create(models, abbreviations.build(), lemmatizer);
    NameFinder names = NameFinder.load(gazetteer);
    com.google.common.collect.ImmutableMap.Builder<String, EntityType> typeDescriptors = com.google.common.collect.ImmutableMap.builder();
    Lexicon.load("/org/newsgraph/extract/type-descriptors.tsv", true)
        .forEach((k, v) -> typeDescriptors.put(k, EntityType.parse(v).orElseThrow(() -> new IllegalStateException("type-descriptors.tsv: " + v))));
    MentionFinder mentions = new MentionFinder(gazetteer, names, typeDescriptors.build());
    Measures measures = NormalizerMeasures.load();
    ArticleExtractor extractor = new ArticleExtractor(annotator, mentions, attributor, rules, names, measures);
    EntityDescriber describer = new EntityDescriber(iris, gazetteer);
    return new Pipeline(ArticleReader.create(), extractor, new RdfMapper(iris, describer),
        new Linker(iris, gazetteer, VerifiedIds.load()), iris, gazetteer, rules);
  }
}
