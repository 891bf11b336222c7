//! Helpers shared by the test binaries: a learning record store on 127.0.0.1 that records what
//! it is sent and answers as the test says.
#![allow(dead_code)]

use std::io::Write;

/// How the test store answers one request: status, extra headers, body.
pub type Answer = (u16, Vec<(String, String)>, Vec<u8>);

/// A learning record store on 127.0.0.1 that records each request (method and path, headers,
/// body) and answers as `answer` says.
pub fn lrs(
    answer: impl Fn(&str, &[u8]) -> Answer + Send + 'static,
) -> (String, std::sync::mpsc::Receiver<(String, Vec<u8>)>) {
    use std::io::{BufRead, BufReader, Read};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        // Bounded: a few connections at most, then the thread ends.
        for stream in listener.incoming().take(16) {
            let Ok(mut stream) = stream else { break };
            stream
                .set_read_timeout(Some(std::time::Duration::from_secs(10)))
                .unwrap();
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut head = String::new();
            let mut length = 0;
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    length = value.trim().parse().unwrap();
                }
                head.push_str(&line);
            }
            let mut body = vec![0; length];
            reader.read_exact(&mut body).unwrap();
            let request_line = head.lines().next().unwrap_or_default().to_owned();
            let (status, headers, reply) = answer(&request_line, &body);
            let mut response = format!(
                "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n",
                reply.len()
            );
            for (name, value) in headers {
                response.push_str(&format!("{name}: {value}\r\n"));
            }
            response.push_str("\r\n");
            let _ = stream.write_all(response.as_bytes());
            let _ = stream.write_all(&reply);
            if sender.send((head, body)).is_err() {
                break;
            }
        }
    });
    (base, receiver)
}

/// A store that confirms every statement posted (the JSON list of their ids).
pub fn confirming(_: &str, body: &[u8]) -> Answer {
    let posted: Vec<serde_json::Value> = serde_json::from_slice(body).unwrap_or_default();
    let ids: Vec<&str> = posted.iter().filter_map(|s| s["id"].as_str()).collect();
    (200, vec![], serde_json::to_vec(&ids).unwrap())
}
