package io.tsutawaru.kb.wiring;

import io.tsutawaru.kb.AnswerFeedback;
import io.tsutawaru.kb.DataSources;
import io.tsutawaru.kb.KnowledgeBase;
import io.tsutawaru.kb.KnowledgeBaseFigures;
import io.tsutawaru.kb.KnowledgeBaseRetention;
import io.tsutawaru.kb.UnansweredQuestions;
import io.tsutawaru.kb.analysis.FaqAnalysis;
import io.tsutawaru.kb.editing.FaqEditing;
import io.tsutawaru.kb.feedback.JdbcAnswerFeedback;
import io.tsutawaru.kb.feedback.JdbcCandidatePhrasings;
import io.tsutawaru.kb.feedback.JdbcUnansweredQuestions;
import io.tsutawaru.kb.search.FaqIndex;
import io.tsutawaru.kb.search.FaqSearch;
import io.tsutawaru.kb.search.IndexedKnowledgeBase;
import io.tsutawaru.kb.search.SemanticIndexing;
import io.tsutawaru.kb.semantic.DocumentVectors;
import io.tsutawaru.kb.semantic.EmbeddingModels;
import io.tsutawaru.kb.semantic.SentenceEmbedding;
import io.tsutawaru.kb.store.FaqListQueries;
import io.tsutawaru.kb.store.FaqStore;
import io.tsutawaru.kb.store.StoredDataSources;
import io.tsutawaru.kb.transfer.SampleKnowledgeBase;
import java.time.Clock;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The knowledge base's beans: {@link KnowledgeBase}, {@link io.tsutawaru.kb.FaqEditor},
 * {@link UnansweredQuestions}, {@link AnswerFeedback} and {@link DataSources}, over the
 * database (the source of truth) and a Lucene index under {@code tsutawaru.kb.index-dir}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KbProperties.class)
class KnowledgeBaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(KnowledgeBaseConfiguration.class);

	@Bean
	FaqStore faqStore(JdbcOperations jdbc, PlatformTransactionManager transactions) {
		return new FaqStore(jdbc, new TransactionTemplate(transactions));
	}

	@Bean(destroyMethod = "close")
	FaqIndex faqIndex(KbProperties properties, ObjectProvider<SentenceEmbedding> cityModel) {
		FaqAnalysis analysis = FaqAnalysis.load(properties.synonymFiles());
		SemanticIndexing semantic = semantic(properties.semantic(), cityModel);
		try {
			return FaqIndex.open(properties.indexDir(), analysis, semantic);
		}
		catch (RuntimeException e) {
			if (!(e.getCause() instanceof LockObtainFailedException)) {
				throw e;
			}
			// Another process on this machine holds the directory; an index in memory,
			// rebuilt from the shared
			// database, serves this one just as well.
			log.warn("FAQ index directory {} is in use by another process; this process keeps its index in memory",
					properties.indexDir());
			return FaqIndex.inMemory(analysis, semantic);
		}
	}

	/**
	 * The semantic stage: a city's own {@link SentenceEmbedding} bean when it has one,
	 * else the configured or the packaged ONNX model; {@code null} (words only) when it
	 * is turned off or the model cannot be loaded.
	 */
	private static SemanticIndexing semantic(KbProperties.Semantic settings,
			ObjectProvider<SentenceEmbedding> cityModel) {
		if (!settings.enabled()) {
			log.info("Semantic ranking is turned off (tsutawaru.kb.semantic.enabled=false); ranking by words only");
			return null;
		}
		SentenceEmbedding model = cityModel.getIfAvailable(() -> EmbeddingModels.load(settings.model()).orElse(null));
		if (model == null) {
			return null;
		}
		return settings.vectorsInBackground()
				? SemanticIndexing.inBackground(DocumentVectors.of(model), settings.embeddingThreads())
				: SemanticIndexing.standard(DocumentVectors.of(model));
	}

	@Bean
	FaqSearch faqSearch(FaqIndex index, KbProperties properties) {
		return new FaqSearch(index, properties.thresholds(), properties.semantic().weight());
	}

	@Bean
	IndexedKnowledgeBase knowledgeBase(FaqSearch search, FaqStore store) {
		return new IndexedKnowledgeBase(search, store);
	}

	@Bean
	FaqEditing faqEditor(FaqStore store, FaqIndex index) {
		return new FaqEditing(store, index, Clock.systemUTC());
	}

	@Bean
	FaqListQueries faqList(JdbcClient jdbc) {
		return new FaqListQueries(jdbc);
	}

	@Bean
	JdbcUnansweredQuestions unansweredQuestions(JdbcClient jdbc) {
		return new JdbcUnansweredQuestions(jdbc);
	}

	@Bean
	KnowledgeBaseRetention knowledgeBaseRetention(JdbcClient jdbc) {
		return new KnowledgeBaseRetention(jdbc);
	}

	@Bean
	KnowledgeBaseFigures knowledgeBaseFigures(JdbcClient jdbc) {
		return new KnowledgeBaseFigures(jdbc);
	}

	@Bean
	JdbcAnswerFeedback answerFeedback(JdbcClient jdbc) {
		return new JdbcAnswerFeedback(jdbc, Clock.systemUTC());
	}

	@Bean
	JdbcCandidatePhrasings candidatePhrasings(JdbcClient jdbc, FaqStore store, FaqIndex index) {
		var phrasings = new JdbcCandidatePhrasings(jdbc, store, index, Clock.systemUTC());
		index.learnFrom(phrasings);
		return phrasings;
	}

	@Bean
	StoredDataSources dataSources(FaqStore store) {
		return new StoredDataSources(store, SampleKnowledgeBase.SOURCE, SampleKnowledgeBase.ATTRIBUTION);
	}

	@Bean
	@DependsOnDatabaseInitialization
	IndexSynchronizer faqIndexSynchronizer(FaqStore store, FaqIndex index, FaqEditing editing, KbProperties properties,
			JdbcCandidatePhrasings phrasings) {
		// Named so that the index knows where the accepted phrasings come from before it
		// is first built.
		return new IndexSynchronizer(store, index, editing, properties);
	}

}
