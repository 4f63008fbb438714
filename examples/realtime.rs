//! Realtime transcription over a WebSocket: streams a WAV file in 100 ms frames and prints the
//! text as it comes.
//!
//! `cargo run --example realtime --features realtime [path/to/audio.wav]` (default:
//! `examples/data/tones.wav`). The WAV's samples are converted to what the realtime API reads,
//! 16-bit signed PCM, at the file's own rate. Real API with `MISTRAL_API_KEY`, otherwise the
//! embedded mock server, whose text is made up from the audio's bytes (said on stderr).

use std::time::Duration;

use mistral::audio::{AudioFormat, RealtimeEvent};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/data/tones.wav").to_owned());
    let (rate, pcm) = pcm_s16le(&std::fs::read(&path)?)?;
    eprintln!(
        "{path}: {:.1} s at {rate} Hz",
        pcm.len() as f64 / 2.0 / f64::from(rate)
    );

    // In your app: `let client = mistral::Client::from_env()?;`
    let (client, _mock) = mistral::test_util::client_from_env_or_mock().await?;
    // 100 ms frames, paced as a microphone would deliver them.
    let frame = (rate as usize / 10) * 2;
    let frames: Vec<Vec<u8>> = pcm.chunks(frame).map(<[u8]>::to_vec).collect();
    let (tx, rx) = tokio::sync::mpsc::channel::<Vec<u8>>(4);
    tokio::spawn(async move {
        for f in frames {
            tokio::time::sleep(Duration::from_millis(100)).await;
            if tx.send(f).await.is_err() {
                break;
            }
        }
    });
    let audio = futures_util::stream::unfold(rx, |mut rx| async move { rx.recv().await.map(|f| (f, rx)) });

    let mut events = client
        .audio()
        .realtime("voxtral-mini-transcribe-realtime-2602")
        .audio_format(AudioFormat::pcm_s16le(rate))
        .transcribe(audio)
        .await?;
    while let Some(event) = events.next().await {
        match event? {
            RealtimeEvent::SessionCreated(s) => eprintln!("session {} ({})", s.request_id, s.model),
            e if e.is_done() => println!(),
            e => {
                if let Some(text) = e.text() {
                    print!("{text}");
                    use std::io::Write as _;
                    std::io::stdout().flush()?;
                }
            }
        }
    }
    Ok(())
}

/// The sample rate and the samples of a PCM WAV file, as 16-bit signed little-endian mono
/// (8-bit samples widened, channels after the first dropped).
fn pcm_s16le(wav: &[u8]) -> Result<(u32, Vec<u8>), Box<dyn std::error::Error>> {
    let u16_at = |i: usize| u16::from_le_bytes([wav[i], wav[i + 1]]);
    let u32_at = |i: usize| u32::from_le_bytes([wav[i], wav[i + 1], wav[i + 2], wav[i + 3]]);
    if wav.len() < 44 || &wav[..4] != b"RIFF" || &wav[8..12] != b"WAVE" || u16_at(20) != 1 {
        return Err("not a PCM WAV file".into());
    }
    let (channels, rate, bits) = (usize::from(u16_at(22)), u32_at(24), u16_at(34));
    // The `data` chunk, after the chunks before it.
    let mut at = 12;
    let data = loop {
        if at + 8 > wav.len() {
            return Err("the WAV file has no data chunk".into());
        }
        let len = u32_at(at + 4) as usize;
        if &wav[at..at + 4] == b"data" {
            break &wav[at + 8..(at + 8 + len).min(wav.len())];
        }
        at += 8 + len + (len & 1);
    };
    let width = usize::from(bits / 8);
    let mut out = Vec::with_capacity(data.len() / (width * channels).max(1) * 2);
    for sample in data.chunks_exact((width * channels).max(1)) {
        let s: i16 = match bits {
            8 => (i16::from(sample[0]) - 128) << 8,
            16 => i16::from_le_bytes([sample[0], sample[1]]),
            _ => return Err(format!("{bits}-bit samples are not handled here").into()),
        };
        out.extend_from_slice(&s.to_le_bytes());
    }
    Ok((rate, out))
}
