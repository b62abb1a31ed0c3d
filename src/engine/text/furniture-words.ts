/**
 * Page furniture as the languages read besides English word it: the links and labels around
 * a story ("Lesen Sie auch", "À lire aussi"), newsletter prompts, photo credits, appeals for
 * money and copyright lines. Lowercased (matched whatever the case); each language is read
 * with the English rules too (pages in any language carry "Newsletter" and "Share").
 */
import type { OtherLanguage } from './language';

export interface FurnitureWords {
  /**
   * Links: a line of these words alone, or of these words, a colon, bar or dash and the
   * headline they lead to. In a sentence they are words ("Auch interessant ist der Zeitpunkt").
   */
  navigation: readonly string[];
  /** Labels: only as a line of their own or before a headline like a link ("Anzeige"; "Anzeige erstattet hat die Polizei" is a sentence). */
  labels: readonly string[];
  /** A short line of one sentence that opens with one of these asks the reader to subscribe. */
  newsletter: readonly string[];
  /**
   * Before a colon or slash at the start of a short line: the credit of a picture ("Foto: dpa"),
   * whose caption is the block above it. Not "Quelle:", which ends many a German story.
   */
  credit: readonly string[];
  /** A line that opens with one of these asks for money or support. */
  appeal: readonly string[];
  /** Anywhere in a line. */
  copyright: readonly string[];
}

export const FURNITURE_WORDS: Record<OtherLanguage, FurnitureWords> = {
  de: {
    navigation: ['lesen sie auch', 'lesen sie mehr', 'mehr zum thema', 'weiterlesen', 'das könnte sie auch interessieren', 'meistgelesene artikel', 'artikel teilen', 'hören sie diesen artikel', 'artikel anhören'],
    labels: ['anzeige', 'werbung', 'teilen', 'meistgelesen', 'empfehlungen', 'zum thema', 'auch interessant'],
    newsletter: ['newsletter', 'jetzt abonnieren', 'abonnieren sie', 'registrieren sie sich'],
    credit: ['foto', 'fotos', 'bild', 'bilder', 'bildquelle', 'grafik', 'video'],
    appeal: ['unterstützen sie', 'jetzt spenden', 'spenden sie', 'liebe leserinnen', 'liebe leserin', 'liebe leser'],
    copyright: ['alle rechte vorbehalten'],
  },
  es: {
    navigation: ['lee también', 'lea también', 'leer más', 'seguir leyendo', 'te puede interesar', 'también te puede interesar', 'lo más leído', 'noticias relacionadas', 'contenido patrocinado'],
    labels: ['publicidad', 'compartir', 'ver más', 'más leídas'],
    newsletter: ['newsletter', 'suscríbete', 'suscríbase'],
    credit: ['foto', 'fotos', 'fotografía', 'imagen', 'imágenes', 'vídeo', 'video'],
    appeal: ['apóyanos', 'apoya nuestro periodismo', 'haz una donación', 'querido lector', 'queridos lectores'],
    copyright: ['todos los derechos reservados'],
  },
  fr: {
    navigation: ['lire aussi', 'à lire aussi', 'lire la suite', 'voir aussi', 'à voir aussi', 'en savoir plus', 'sur le même sujet', 'écouter cet article', 'contenu sponsorisé'],
    labels: ['publicité', 'partager', 'les plus lus'],
    newsletter: ['newsletter', "lettre d'information", 'abonnez-vous', 'inscrivez-vous'],
    credit: ['photo', 'photos', 'crédit photo', 'crédits photo', 'illustration', 'image', 'vidéo'],
    appeal: ['soutenez', 'faites un don', 'chère lectrice', 'cher lecteur', 'chers lecteurs'],
    copyright: ['tous droits réservés'],
  },
  it: {
    navigation: ['leggi anche', 'leggi di più', 'continua a leggere', 'potrebbe interessarti', 'ti potrebbe interessare', 'vedi anche', 'articoli correlati', 'contenuto sponsorizzato'],
    labels: ['pubblicità', 'condividi', 'i più letti'],
    newsletter: ['newsletter', 'iscriviti'],
    credit: ['foto', 'immagine', 'immagini', 'video'],
    appeal: ['sostieni', 'fai una donazione', 'caro lettore', 'cari lettori'],
    copyright: ['tutti i diritti riservati', 'riproduzione riservata'],
  },
  nl: {
    navigation: ['lees ook', 'lees meer', 'lees verder', 'bekijk ook', 'gerelateerde artikelen', 'luister naar dit artikel'],
    labels: ['advertentie', 'delen', 'meest gelezen'],
    newsletter: ['nieuwsbrief', 'abonneer', 'schrijf je in'],
    credit: ['foto', 'beeld', 'video'],
    appeal: ['steun ons', 'doneer', 'beste lezer', 'beste lezers'],
    copyright: ['alle rechten voorbehouden'],
  },
  pt: {
    navigation: ['leia também', 'leia mais', 'veja também', 'saiba mais', 'notícias relacionadas', 'conteúdo patrocinado'],
    labels: ['publicidade', 'compartilhar', 'partilhar', 'mais lidas'],
    newsletter: ['newsletter', 'inscreva-se', 'assine a newsletter', 'assine a nossa newsletter'],
    credit: ['foto', 'fotos', 'imagem', 'vídeo'],
    appeal: ['apoie', 'faça uma doação', 'caro leitor', 'caros leitores'],
    copyright: ['todos os direitos reservados'],
  },
  ru: {
    navigation: ['читайте также', 'читайте еще', 'читайте ещё', 'читать далее', 'смотрите также'],
    labels: ['реклама', 'поделиться', 'подробнее', 'по теме', 'самое читаемое'],
    newsletter: ['подпишитесь', 'подписывайтесь'],
    credit: ['фото', 'иллюстрация', 'видео'],
    appeal: ['поддержите', 'пожертвуйте', 'дорогие читатели'],
    copyright: ['все права защищены'],
  },
};
