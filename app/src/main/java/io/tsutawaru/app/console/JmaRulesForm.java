package io.tsutawaru.app.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.tsutawaru.jma.InvalidJmaRuleException;
import io.tsutawaru.jma.JmaRule;
import io.tsutawaru.notifier.Channel;

/**
 * What the JMA page's form of the city's rules posts: one row per rule, and a blank row
 * to add one. A mutable bean because Spring binds forms into one; it becomes the jma
 * module's {@link JmaRule}s at once, which check every field.
 */
public class JmaRulesForm {

	private List<Row> rules = new ArrayList<>();

	/** The city's rules in the form, with a blank row after them for a new rule. */
	static JmaRulesForm of(List<JmaRule> rules) {
		JmaRulesForm form = new JmaRulesForm();
		rules.forEach(rule -> form.rules.add(Row.of(rule)));
		form.rules.add(new Row());
		return form;
	}

	/**
	 * The rules as the jma module keeps them: rows marked for removal and blank rows are
	 * left out, so that the index of a rule at fault
	 * ({@link InvalidJmaRuleException#field()}) is its place among the kept rows.
	 */
	List<JmaRule> toRules() {
		return kept().stream().map(Row::toRule).toList();
	}

	/** The rows that become rules, in order. */
	List<Row> kept() {
		return rules.stream().filter(row -> !row.remove && !row.blank()).toList();
	}

	public List<Row> getRules() {
		return rules;
	}

	public void setRules(List<Row> rules) {
		this.rules = rules;
	}

	/**
	 * One rule as the form shows it; area codes as staff type them, separated by commas
	 * or spaces.
	 */
	public static class Row {

		private String name = "";

		private String telegram = "";

		private String areaCodes = "";

		private String minimum = "";

		private String action = JmaRule.Action.DRAFT.id();

		private List<String> channels = new ArrayList<>();

		private String segmentRule = "";

		private boolean exercises;

		private boolean remove;

		/**
		 * Which field is wrong and why (a {@code jma.rule.invalid.*} key), set when
		 * saving failed on this row.
		 */
		private String errorField;

		private String errorCode;

		static Row of(JmaRule rule) {
			Row row = new Row();
			row.name = rule.name();
			row.telegram = rule.telegram();
			row.areaCodes = String.join(", ", rule.areaCodes());
			row.minimum = rule.minimum() == null ? "" : rule.minimum();
			row.action = rule.action().id();
			row.channels = new ArrayList<>(rule.channels().stream().map(Channel::id).sorted().toList());
			row.segmentRule = rule.segmentRule() == null ? "" : rule.segmentRule();
			row.exercises = rule.exercises();
			return row;
		}

		public boolean blank() {
			return name.isBlank() && telegram.isBlank() && areaCodes.isBlank();
		}

		public List<String> areaCodeList() {
			return Arrays.stream(areaCodes.split("[,、\\s]+"))
				.map(String::strip)
				.filter(code -> !code.isEmpty())
				.toList();
		}

		JmaRule toRule() {
			// A value that names no action or channel is left for the jma module's check
			// to name as the field at fault.
			JmaRule.Action chosen = Arrays.stream(JmaRule.Action.values())
				.filter(candidate -> candidate.id().equals(action))
				.findFirst()
				.orElse(null);
			Set<Channel> chosenChannels = EnumSet.noneOf(Channel.class);
			for (Channel channel : Channel.values()) {
				if (channels.contains(channel.id())) {
					chosenChannels.add(channel);
				}
			}
			return new JmaRule(name.strip(), telegram.strip(), areaCodeList(), minimum, chosen, chosenChannels,
					segmentRule, exercises);
		}

		/** The message key of this row's error on the field, or null. */
		public String errorOn(String field) {
			return field.equals(errorField) ? "jma.rule.invalid." + errorCode : null;
		}

		void fail(String field, String code) {
			this.errorField = field;
			this.errorCode = code;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name == null ? "" : name;
		}

		public String getTelegram() {
			return telegram;
		}

		public void setTelegram(String telegram) {
			this.telegram = telegram == null ? "" : telegram;
		}

		public String getAreaCodes() {
			return areaCodes;
		}

		public void setAreaCodes(String areaCodes) {
			this.areaCodes = areaCodes == null ? "" : areaCodes;
		}

		public String getMinimum() {
			return minimum;
		}

		public void setMinimum(String minimum) {
			this.minimum = minimum == null ? "" : minimum;
		}

		public String getAction() {
			return action;
		}

		public void setAction(String action) {
			this.action = action == null ? "" : action;
		}

		public List<String> getChannels() {
			return channels;
		}

		public void setChannels(List<String> channels) {
			this.channels = channels == null ? new ArrayList<>() : channels;
		}

		public String getSegmentRule() {
			return segmentRule;
		}

		public void setSegmentRule(String segmentRule) {
			this.segmentRule = segmentRule == null ? "" : segmentRule;
		}

		public boolean isExercises() {
			return exercises;
		}

		public void setExercises(boolean exercises) {
			this.exercises = exercises;
		}

		public boolean isRemove() {
			return remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}

	}

}
