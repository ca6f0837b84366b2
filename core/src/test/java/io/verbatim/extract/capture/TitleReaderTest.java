package io.verbatim.extract.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.model.Genre;
import io.verbatim.model.Speaker;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleReaderTest {

  /** Columns: title | genre | speaker name | role | event | place | event date. */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          Foreign Minister Nikolai Petrov’s speech at a session of the Council of Coastal States, Oslo, March 3, 2017 | speech | Nikolai Petrov | Foreign Minister | session of the Council of Coastal States | Oslo | 2017-03-03
          Foreign Minister Nikolai Petrov's speech at a session of the Council of Coastal States, Oslo, March 3, 2017 | speech | Nikolai Petrov | Foreign Minister | session of the Council of Coastal States | Oslo | 2017-03-03
          Foreign Minister Nikolai Petrov’s remarks and answers to media questions at a joint news conference following talks with his Ruritanian counterpart, Moscow, May 5, 2016 | remarks | Nikolai Petrov | Foreign Minister | joint news conference following talks with his Ruritanian counterpart | Moscow | 2016-05-05
          Foreign Minister Nikolai Petrov's opening remarks at talks with the Minister of Trade of Elbonia, Sochi, 11 June 2018 | remarks | Nikolai Petrov | Foreign Minister | talks with the Minister of Trade of Elbonia | Sochi | 2018-06-11
          Briefing by Foreign Ministry Spokesperson Vera Antonova, Moscow, May 12, 2016 | briefing | Vera Antonova | Foreign Ministry Spokesperson | - | Moscow | 2016-05-12
          Comment by the Information and Press Department on the situation around the harbour talks | comment | - | Information and Press Department | - | - | -
          Press release on consultations between the foreign ministries | press release | - | - | - | - | -
          Deputy Foreign Minister Igor Smirnov’s interview with the weekly Northern Review | interview | Igor Smirnov | Deputy Foreign Minister | - | - | -
          Statement by the Foreign Ministry on the anniversary of the treaty | statement | - | Foreign Ministry | - | - | -
          Answer by Foreign Ministry Spokesperson Vera Antonova to a media question about the river commission | answer to a media question | Vera Antonova | Foreign Ministry Spokesperson | - | - | -
          Article by Foreign Minister Nikolai Petrov for the journal World Affairs Today | article | Nikolai Petrov | Foreign Minister | - | - | -
          Message of greetings from Foreign Minister Nikolai Petrov to the participants of the youth forum | greetings | Nikolai Petrov | Foreign Minister | - | - | -
          Greetings from Foreign Minister Nikolai Petrov to the participants of the youth forum | greetings | Nikolai Petrov | Foreign Minister | - | - | -
          Message from Foreign Minister Nikolai Petrov to the Secretary-General | message | Nikolai Petrov | Foreign Minister | - | - | -
          Joint statement by the foreign ministers of Elbonia and Ruritania | statement | - | - | - | - | -
          Foreign Minister Nikolai Petrov and Minister Anna Berg hold a joint news conference | remarks | - | - | - | - | -
          Ambassador to the United Kingdom Pavel Orlov’s interview with a radio station | interview | Pavel Orlov | Ambassador to the United Kingdom | - | - | -
          President Orlov’s address at the opening of the summit, Geneva, 2 October 2019 | speech | Orlov | President | opening of the summit | Geneva | 2019-10-02
          Nikolai Petrov meets the Minister of Culture of Elbonia | - | - | - | - | - | -
          On the visit of the delegation, New York, June 4, 2016 | - | - | - | - | New York | 2016-06-04
          Выступление Министра иностранных дел России Н.П.Петрова на сессии Совета прибрежных государств, Осло, 3 марта 2017 года | speech | Н.П.Петров | Министр иностранных дел России | сессии Совета прибрежных государств | Осло | 2017-03-03
          Брифинг официального представителя МИД России В.А.Антоновой, Москва, 12 мая 2016 года | briefing | В.А.Антонова | официальный представитель МИД России | - | Москва | 2016-05-12
          Комментарий Департамента информации и печати МИД России в связи с ситуацией в гавани | comment | - | Департамент информации и печати МИД России | - | - | -
          Интервью заместителя Министра иностранных дел России И.С.Смирнова журналу «Северное обозрение» | interview | И.С.Смирнов | заместитель Министра иностранных дел России | - | - | -
          Ответ официального представителя МИД России В.А.Антоновой на вопрос СМИ о речной комиссии | answer to a media question | В.А.Антонова | официальный представитель МИД России | - | - | -
          Заявление МИД России по случаю годовщины договора | statement | - | МИД России | - | - | -
          Пресс-релиз о консультациях между министерствами | press release | - | - | - | - | -
          Статья Министра иностранных дел России Н.П.Петрова для журнала «Мир сегодня» | article | Н.П.Петров | Министр иностранных дел России | - | - | -
          Приветствие Министра иностранных дел России Н.П.Петрова участникам молодёжного форума | greetings | Н.П.Петров | Министр иностранных дел России | - | - | -
          Послание Министра иностранных дел России Н.П.Петрова участникам конференции | message | Н.П.Петров | Министр иностранных дел России | - | - | -
          Вступительное слово Министра иностранных дел России Н.П.Петрова в ходе переговоров с Министром торговли Элбонии, Сочи, 11 июня 2018 года | remarks | Н.П.Петров | Министр иностранных дел России | переговоров с Министром торговли Элбонии | Сочи | 2018-06-11
          Выступление и ответы на вопросы СМИ Министра иностранных дел России Н.П.Петрова в ходе совместной пресс-конференции, Москва, 5 мая 2016 года | remarks | Н.П.Петров | Министр иностранных дел России | совместной пресс-конференции | Москва | 2016-05-05
          Выступление Посла России в Элбонии П.С.Орлова на приёме | speech | П.С.Орлов | Посол России в Элбонии | приёме | - | -
          Выступление Министра иностранных дел России Н.П.Петрова и ответы на вопросы СМИ на встрече со студентами | remarks | Н.П.Петров | Министр иностранных дел России | встрече со студентами | - | -
          О визите делегации | - | - | - | - | - | -
          """)
  void readsTitlesAsTheSitesWriteThem(
      String title,
      String genre,
      String name,
      String role,
      String event,
      String place,
      String eventDate) {
    TitleFacts facts = TitleReader.read(title);
    assertThat(facts.genre()).isEqualTo(genre == null ? null : Genre.fromLabel(genre));
    assertThat(facts.speaker()).isEqualTo(Speaker.ofNullable(name, role));
    assertThat(facts.event()).isEqualTo(event);
    assertThat(facts.place()).isEqualTo(place);
    assertThat(facts.eventDate()).isEqualTo(eventDate == null ? null : LocalDate.parse(eventDate));
  }

  @Test
  void blankTitleSaysNothing() {
    assertThat(TitleReader.read("  ")).isEqualTo(TitleFacts.NONE);
    assertThat(TitleReader.read(null)).isEqualTo(TitleFacts.NONE);
  }

  @CsvSource({
    "Лаврова,Лавров",
    "Захаровой,Захарова",
    "Рябкова,Рябков",
    "Путина,Путин",
    "Грушко,Грушко",
    "Шойгу,Шойгу",
    "Лукашевича,Лукашевича",
    "Вишневского,Вишневский"
  })
  @ParameterizedTest
  void genitiveSurnamesGoToTheNominativeWhereTheRuleIsClear(String genitive, String nominative) {
    assertThat(TitleReader.nominativeSurname("А.Б.", genitive)).isEqualTo("А.Б." + nominative);
  }
}
